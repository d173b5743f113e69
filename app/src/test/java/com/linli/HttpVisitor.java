package com.linli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor over real HTTP, with cookies, for what MockMvc cannot show: the servlet container's
 * error pages. Posts carry the CSRF token and, as Referer, the address of the last page seen, as a
 * browser's form would.
 */
final class HttpVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String language;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf = "";
    private String lastPage = "/";

    HttpVisitor(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    HttpResponse<String> get(String path) {
        var response = send(request(path).GET());
        lastPage = path;
        return response;
    }

    /** The number of SQL statements a GET of the page issues on the server, session and security included. */
    int statementsFor(String path) {
        var id = java.util.UUID.randomUUID().toString();
        send(request(path).header(StatementCounting.HEADER, id).GET());
        return StatementCounting.of(id);
    }

    /** The same for a GET of the API with a bearer token, this visitor's cookies sent along. */
    int statementsForBearer(String path, String token) {
        var id = java.util.UUID.randomUUID().toString();
        send(request(path).header(StatementCounting.HEADER, id).header("Authorization", "Bearer " + token).GET());
        return StatementCounting.of(id);
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    /** The number of SQL statements a form post issues on the server, session and security included. */
    int statementsForPost(String path, Map<String, String> form) {
        var id = java.util.UUID.randomUUID().toString();
        send(formPost(path, form).header(StatementCounting.HEADER, id));
        return StatementCounting.of(id);
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        var body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + lastPage).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a multipart form with one file, as a browser posts a form with a file input. */
    HttpResponse<String> postFile(String path, Map<String, String> form, String field, String filename,
                                  String contentType, byte[] file) {
        var boundary = "linli-" + System.nanoTime();
        var fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", base + lastPage).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpVisitor logIn(String username, String password) {
        get("/login");
        post("/login", Map.of("username", username, "password", password));
        return this;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
