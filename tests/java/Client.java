// An unmodified Java app calling the OpenAI chat API with the JDK's own HTTP clients: no proxy
// or trust store in the code; JAVA_TOOL_OPTIONS (from `sovereign env --runtime java`) does it.
//   java Client.java httpclient|urlconnection PROMPT     prints the status, then the body
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class Client {
    static final String URL = "https://api.openai.com/v1/chat/completions";

    public static void main(String[] args) throws Exception {
        String prompt = args[1].replace("\\", "\\\\").replace("\"", "\\\"");
        String body = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \""
            + prompt + "\"}]}";
        String auth = "Bearer " + System.getenv("OPENAI_API_KEY");
        if (args[0].equals("httpclient")) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(URL))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println(response.statusCode());
            System.out.println(response.body());
            return;
        }
        HttpURLConnection conn = (HttpURLConnection) URI.create(URL).toURL().openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Authorization", auth);
        conn.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        InputStream in = status < 400 ? conn.getInputStream() : conn.getErrorStream();
        System.out.println(status);
        System.out.println(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
