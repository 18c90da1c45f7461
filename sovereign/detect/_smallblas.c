/* Small-matrix BLAS for spaCy's transition parser (the NER), plugged in through thinc's CBlas.
 *
 * spaCy's greedy parser multiplies tiny matrices once per step of every document: one state's
 * hidden vector (64 floats) by the output layer (74 x 64) and three feature vectors added to
 * it. thinc hands those calls to BLIS, whose per-call checks and packing cost more than the
 * arithmetic at this size; on a CPU BLIS does not know (AMD Zen 5, for one) it also falls back
 * to its reference kernels. These loops do the same sums in the same order (each element of C
 * summed over k from 0 up, no fused multiply-add), so the parser takes the same actions.
 *
 * The signatures are thinc's sgemm_ptr and saxpy_ptr (thinc/backends/cblas.pxd), row-major
 * with leading dimensions as in blis.cy. install(cblas) sets them on a thinc CBlas through
 * thinc's own exported setters, after checking their C signatures by name: a thinc whose ABI
 * differs is refused, and the caller keeps BLIS.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef void (*sgemm_ptr)(int, int, int, int, int, float, const float *, int, const float *,
                          int, float, float *, int);
typedef void (*saxpy_ptr)(int, float, const float *, int, float *, int);
typedef void (*set_sgemm_ptr)(PyObject *, sgemm_ptr);
typedef void (*set_saxpy_ptr)(PyObject *, saxpy_ptr);

#define CBLAS_STRUCT "struct __pyx_obj_5thinc_8backends_5cblas_CBlas *"
static const char SET_SGEMM_SIG[] =
    "void (" CBLAS_STRUCT ", __pyx_t_5thinc_8backends_5cblas_sgemm_ptr)";
static const char SET_SAXPY_SIG[] =
    "void (" CBLAS_STRUCT ", __pyx_t_5thinc_8backends_5cblas_saxpy_ptr)";

/* C[i,j] = sum_k A[i,k] * B[j,k] (A not transposed, B transposed, alpha 1, beta 0): the
 * parser's call. Four columns at a time, each its own running sum in k order. */
static void gemm_nt(int M, int N, int K, const float *A, int lda, const float *B, int ldb,
                    float *C, int ldc)
{
    for (int i = 0; i < M; i++) {
        const float *a = A + (Py_ssize_t)i * lda;
        float *c = C + (Py_ssize_t)i * ldc;
        int j = 0;
        for (; j + 4 <= N; j += 4) {
            const float *b0 = B + (Py_ssize_t)j * ldb, *b1 = b0 + ldb, *b2 = b1 + ldb,
                        *b3 = b2 + ldb;
            float s0 = 0.f, s1 = 0.f, s2 = 0.f, s3 = 0.f;
            for (int k = 0; k < K; k++) {
                float x = a[k];
                s0 += x * b0[k];
                s1 += x * b1[k];
                s2 += x * b2[k];
                s3 += x * b3[k];
            }
            c[j] = s0;
            c[j + 1] = s1;
            c[j + 2] = s2;
            c[j + 3] = s3;
        }
        for (; j < N; j++) {
            const float *b = B + (Py_ssize_t)j * ldb;
            float s = 0.f;
            for (int k = 0; k < K; k++)
                s += a[k] * b[k];
            c[j] = s;
        }
    }
}

/* Calls of sgemm since load, read by calls(): tests check that the parser's products come
 * here. A plain counter: the parser runs one call at a time per process. */
static unsigned long long sgemm_calls = 0;

/* C = alpha * op(A) op(B) + beta * C; with beta 0, C is overwritten (as BLAS does). */
static void sgemm(int transA, int transB, int M, int N, int K, float alpha, const float *A,
                  int lda, const float *B, int ldb, float beta, float *C, int ldc)
{
    sgemm_calls++;
    if (!transA && transB && alpha == 1.f && beta == 0.f) {
        gemm_nt(M, N, K, A, lda, B, ldb, C, ldc);
        return;
    }
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < N; j++) {
            float s = 0.f;
            for (int k = 0; k < K; k++) {
                float a = transA ? A[(Py_ssize_t)k * lda + i] : A[(Py_ssize_t)i * lda + k];
                float b = transB ? B[(Py_ssize_t)j * ldb + k] : B[(Py_ssize_t)k * ldb + j];
                s += a * b;
            }
            float *c = C + (Py_ssize_t)i * ldc + j;
            *c = beta == 0.f ? alpha * s : alpha * s + beta * *c;
        }
    }
}

/* Y += alpha * X */
static void saxpy(int N, float alpha, const float *X, int incX, float *Y, int incY)
{
    if (incX == 1 && incY == 1) {
        for (int i = 0; i < N; i++)
            Y[i] += alpha * X[i];
        return;
    }
    for (int i = 0; i < N; i++)
        Y[(Py_ssize_t)i * incY] += alpha * X[(Py_ssize_t)i * incX];
}

/* The pointer in thinc's exported capsule *name*, if its C signature is *signature*. */
static void *thinc_function(PyObject *capi, const char *name, const char *signature)
{
    PyObject *capsule = PyDict_GetItemString(capi, name); /* borrowed */
    if (capsule == NULL || !PyCapsule_IsValid(capsule, signature)) {
        PyErr_Format(PyExc_RuntimeError,
                     "thinc.backends.cblas.%s is missing or has another C signature than "
                     "this kernel was written for; the parser keeps BLIS",
                     name);
        return NULL;
    }
    return PyCapsule_GetPointer(capsule, signature);
}

static PyObject *install(PyObject *self, PyObject *cblas)
{
    PyObject *module = PyImport_ImportModule("thinc.backends.cblas");
    if (module == NULL)
        return NULL;
    PyObject *cls = PyObject_GetAttrString(module, "CBlas");
    PyObject *capi = PyObject_GetAttrString(module, "__pyx_capi__");
    Py_DECREF(module);
    PyObject *result = NULL;
    if (cls == NULL || capi == NULL)
        goto done; /* AttributeError: not the thinc this was written for */
    if (!PyDict_Check(capi)) {
        PyErr_SetString(PyExc_RuntimeError, "thinc.backends.cblas.__pyx_capi__ is not a dict");
        goto done;
    }
    int ok = PyObject_IsInstance(cblas, cls);
    if (ok < 0)
        goto done;
    if (!ok) {
        PyErr_SetString(PyExc_TypeError, "install() takes a thinc.backends.cblas.CBlas");
        goto done;
    }
    set_sgemm_ptr set_sgemm = (set_sgemm_ptr)thinc_function(capi, "set_sgemm", SET_SGEMM_SIG);
    if (set_sgemm == NULL)
        goto done;
    set_saxpy_ptr set_saxpy = (set_saxpy_ptr)thinc_function(capi, "set_saxpy", SET_SAXPY_SIG);
    if (set_saxpy == NULL)
        goto done;
    set_sgemm(cblas, sgemm);
    set_saxpy(cblas, saxpy);
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(cls);
    Py_XDECREF(capi);
    return result;
}

/* For tests: the kernels on float32 buffers, as the parser calls them. */
static int float_buffer(PyObject *obj, Py_buffer *view, int writable)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT |
                                          (writable ? PyBUF_WRITABLE : 0)) < 0)
        return -1;
    if (view->itemsize != 4 || view->format == NULL || strcmp(view->format, "f") != 0) {
        PyBuffer_Release(view);
        PyErr_SetString(PyExc_TypeError, "expected a C-contiguous float32 buffer");
        return -1;
    }
    return 0;
}

static PyObject *py_sgemm(PyObject *self, PyObject *args)
{
    int transA, transB, M, N, K, lda, ldb, ldc;
    float alpha, beta;
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "ppiiifOiOifOi", &transA, &transB, &M, &N, &K, &alpha, &a,
                          &lda, &b, &ldb, &beta, &c, &ldc))
        return NULL;
    Py_buffer va, vb, vc;
    if (float_buffer(a, &va, 0) < 0)
        return NULL;
    if (float_buffer(b, &vb, 0) < 0) {
        PyBuffer_Release(&va);
        return NULL;
    }
    if (float_buffer(c, &vc, 1) < 0) {
        PyBuffer_Release(&va);
        PyBuffer_Release(&vb);
        return NULL;
    }
    Py_ssize_t need_a = (Py_ssize_t)(transA ? K : M) * lda;
    Py_ssize_t need_b = (Py_ssize_t)(transB ? N : K) * ldb;
    Py_ssize_t need_c = (Py_ssize_t)M * ldc;
    PyObject *result = NULL;
    if (M < 0 || N < 0 || K < 0 || lda < (transA ? M : K) || ldb < (transB ? K : N) ||
        ldc < N || va.len < need_a * 4 || vb.len < need_b * 4 || vc.len < need_c * 4) {
        PyErr_SetString(PyExc_ValueError, "sizes and leading dimensions do not fit the buffers");
    } else {
        sgemm(transA, transB, M, N, K, alpha, va.buf, lda, vb.buf, ldb, beta, vc.buf, ldc);
        result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    PyBuffer_Release(&vc);
    return result;
}

static PyObject *py_saxpy(PyObject *self, PyObject *args)
{
    int N, incX, incY;
    float alpha;
    PyObject *x, *y;
    if (!PyArg_ParseTuple(args, "ifOiOi", &N, &alpha, &x, &incX, &y, &incY))
        return NULL;
    Py_buffer vx, vy;
    if (float_buffer(x, &vx, 0) < 0)
        return NULL;
    if (float_buffer(y, &vy, 1) < 0) {
        PyBuffer_Release(&vx);
        return NULL;
    }
    PyObject *result = NULL;
    if (N < 0 || incX < 1 || incY < 1 || (N > 0 && (vx.len < ((Py_ssize_t)(N - 1) * incX + 1) * 4 ||
                                                     vy.len < ((Py_ssize_t)(N - 1) * incY + 1) * 4))) {
        PyErr_SetString(PyExc_ValueError, "sizes and increments do not fit the buffers");
    } else {
        saxpy(N, alpha, vx.buf, incX, vy.buf, incY);
        result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&vx);
    PyBuffer_Release(&vy);
    return result;
}

static PyObject *calls(PyObject *self, PyObject *unused)
{
    return PyLong_FromUnsignedLongLong(sgemm_calls);
}

static PyMethodDef methods[] = {
    {"calls", calls, METH_NOARGS, "calls(): how many times sgemm ran in this process."},
    {"install", install, METH_O,
     "install(cblas): have a thinc CBlas use these kernels for sgemm and saxpy."},
    {"sgemm", py_sgemm, METH_VARARGS,
     "sgemm(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc): the parser's "
     "kernel on float32 buffers (for tests)."},
    {"saxpy", py_saxpy, METH_VARARGS, "saxpy(N, alpha, X, incX, Y, incY): Y += alpha * X."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_smallblas",
    "Small-matrix sgemm and saxpy for spaCy's parser (see _smallblas.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__smallblas(void) { return PyModule_Create(&module); }
