/* spaCy's tok2vec layers at inference: a maxout layer's bias and maximum over its pieces, then
 * layer normalisation, over the rows of one matrix product, in C.
 *
 * thinc runs each of these as numpy calls over the whole batch: the bias added, the pieces
 * compared (a Cython loop), the mean, the variance (five more passes), the normalisation and
 * the scale and shift. Together they cost about two thirds of the matrix product they follow.
 * Here each row is read once and stays in cache.
 *
 * The results are numpy's, bit for bit. Every operation is the same float32 operation in the
 * same order, and no two are fused (built with -ffp-contract=off):
 *   - bias: y + b, then the largest of the nP pieces;
 *   - mean: numpy's pairwise sum of the row (eight running sums for rows of up to 128 values,
 *     halves above), divided by the row's length in double precision and rounded to float32,
 *     as numpy's _mean divides by its intp count;
 *   - variance: the same sum over the squared deviations, divided the same way, plus 1e-8;
 *   - normalisation: ((x - mean) * scale) * G + b, where scale = variance ** -0.5 is left to
 *     numpy (its power function may differ from the C library's in the last bit).
 * sovereign/detect/fused.py checks the equality on the loaded model before using these.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* numpy's pairwise summation of n floats (numpy/_core/src/umath/loops_utils.h.src), with the
 * reduction's initial value 0. */
static float pairwise_sum(const float *a, Py_ssize_t n)
{
    if (n < 8) {
        float res = 0.f;
        for (Py_ssize_t i = 0; i < n; i++)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        float r[8];
        for (int j = 0; j < 8; j++)
            r[j] = a[j];
        Py_ssize_t i;
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; j++)
                r[j] += a[i + j];
        float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[i];
        return res;
    }
    Py_ssize_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2) + pairwise_sum(a + n2, n - n2);
}

static float mean_of(const float *a, Py_ssize_t n)
{
    return (float)((double)(0.f + pairwise_sum(a, n)) / (double)n);
}

static int float_buffer(PyObject *obj, Py_buffer *view, int writable, Py_ssize_t items,
                        const char *name)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT |
                                          (writable ? PyBUF_WRITABLE : 0)) < 0)
        return -1;
    if (view->itemsize != 4 || view->format == NULL || strcmp(view->format, "f") != 0 ||
        view->len != items * 4) {
        PyBuffer_Release(view);
        PyErr_Format(PyExc_ValueError, "%s: expected a C-contiguous float32 buffer of %zd values",
                     name, items);
        return -1;
    }
    return 0;
}

#define MAX_WIDTH 4096

/* maxout_moments(Y, b, rows, width, best, mean, var): for each of *rows* rows of Y (width *
 * nP values: the matrix product), best = the largest piece of y + b; mean and var of best. */
static PyObject *maxout_moments(PyObject *self, PyObject *args)
{
    PyObject *y_obj, *b_obj, *best_obj, *mean_obj, *var_obj;
    Py_ssize_t rows, width;
    if (!PyArg_ParseTuple(args, "OOnnOOO", &y_obj, &b_obj, &rows, &width, &best_obj, &mean_obj,
                          &var_obj))
        return NULL;
    if (rows < 0 || width < 1 || width > MAX_WIDTH) {
        PyErr_SetString(PyExc_ValueError, "rows must be >= 0 and width in 1..4096");
        return NULL;
    }
    Py_buffer b;
    if (PyObject_GetBuffer(b_obj, &b, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return NULL;
    Py_ssize_t pieces = b.len / 4 / width;
    if (b.itemsize != 4 || strcmp(b.format, "f") != 0 || pieces < 1 || b.len != pieces * width * 4) {
        PyBuffer_Release(&b);
        PyErr_SetString(PyExc_ValueError, "b: expected width * pieces float32 values");
        return NULL;
    }
    Py_buffer y, best, mean, var;
    if (float_buffer(y_obj, &y, 0, rows * width * pieces, "Y") < 0) {
        PyBuffer_Release(&b);
        return NULL;
    }
    if (float_buffer(best_obj, &best, 1, rows * width, "best") < 0) {
        PyBuffer_Release(&b);
        PyBuffer_Release(&y);
        return NULL;
    }
    if (float_buffer(mean_obj, &mean, 1, rows, "mean") < 0) {
        PyBuffer_Release(&b);
        PyBuffer_Release(&y);
        PyBuffer_Release(&best);
        return NULL;
    }
    if (float_buffer(var_obj, &var, 1, rows, "var") < 0) {
        PyBuffer_Release(&b);
        PyBuffer_Release(&y);
        PyBuffer_Release(&best);
        PyBuffer_Release(&mean);
        return NULL;
    }
    const float *bias = b.buf;
    float square[MAX_WIDTH];
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t r = 0; r < rows; r++) {
        const float *yr = (const float *)y.buf + r * width * pieces;
        float *out = (float *)best.buf + r * width;
        for (Py_ssize_t o = 0; o < width; o++) {
            const float *cand = yr + o * pieces;
            const float *bo = bias + o * pieces;
            float top = cand[0] + bo[0];
            for (Py_ssize_t p = 1; p < pieces; p++) {
                float v = cand[p] + bo[p];
                if (v > top)
                    top = v;
            }
            out[o] = top;
        }
        float mu = mean_of(out, width);
        for (Py_ssize_t o = 0; o < width; o++) {
            float d = out[o] - mu;
            square[o] = d * d;
        }
        ((float *)mean.buf)[r] = mu;
        ((float *)var.buf)[r] = mean_of(square, width) + 1e-08f;
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&b);
    PyBuffer_Release(&y);
    PyBuffer_Release(&best);
    PyBuffer_Release(&mean);
    PyBuffer_Release(&var);
    Py_RETURN_NONE;
}

/* normalise(x, mean, scale, G, b, rows, width, out): out = ((x - mean) * scale) * G + b, row by
 * row (mean and scale per row, G and b per column). */
static PyObject *normalise(PyObject *self, PyObject *args)
{
    PyObject *x_obj, *mean_obj, *scale_obj, *g_obj, *b_obj, *out_obj;
    Py_ssize_t rows, width;
    if (!PyArg_ParseTuple(args, "OOOOOnnO", &x_obj, &mean_obj, &scale_obj, &g_obj, &b_obj,
                          &rows, &width, &out_obj))
        return NULL;
    if (rows < 0 || width < 1) {
        PyErr_SetString(PyExc_ValueError, "rows must be >= 0 and width >= 1");
        return NULL;
    }
    Py_buffer v[6];
    PyObject *objs[6] = {x_obj, mean_obj, scale_obj, g_obj, b_obj, out_obj};
    Py_ssize_t sizes[6] = {rows * width, rows, rows, width, width, rows * width};
    const char *names[6] = {"x", "mean", "scale", "G", "b", "out"};
    for (int i = 0; i < 6; i++) {
        if (float_buffer(objs[i], &v[i], i == 5, sizes[i], names[i]) < 0) {
            for (int j = 0; j < i; j++)
                PyBuffer_Release(&v[j]);
            return NULL;
        }
    }
    const float *x = v[0].buf, *mean = v[1].buf, *scale = v[2].buf, *g = v[3].buf,
                *b = v[4].buf;
    float *out = v[5].buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t r = 0; r < rows; r++) {
        const float *xr = x + r * width;
        float *o = out + r * width;
        float mu = mean[r], s = scale[r];
        for (Py_ssize_t k = 0; k < width; k++) {
            float t = (xr[k] - mu) * s;
            t = t * g[k];
            o[k] = t + b[k];
        }
    }
    Py_END_ALLOW_THREADS
    for (int i = 0; i < 6; i++)
        PyBuffer_Release(&v[i]);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"maxout_moments", maxout_moments, METH_VARARGS,
     "maxout_moments(Y, b, rows, width, best, mean, var): a maxout layer's output (bias added, "
     "largest piece) and each row's mean and variance + 1e-8, as numpy computes them."},
    {"normalise", normalise, METH_VARARGS,
     "normalise(x, mean, scale, G, b, rows, width, out): out = ((x - mean) * scale) * G + b."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_layers",
    "spaCy's maxout and layer normalisation at inference, bit for bit numpy's (see _layers.c).",
    -1, methods,
};

PyMODINIT_FUNC PyInit__layers(void) { return PyModule_Create(&module); }
