package io.omharness.twin.core;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves the twin's HTML/CSS/JS from resources under /sandbox, with the DOM seed applied. */
public final class Assets {
    private final DomSeed seed;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Assets(DomSeed seed) {
        this.seed = seed;
    }

    /** The resource text (e.g. "genesys/login.html") with its tokens rewritten. */
    public String text(String path) {
        return cache.computeIfAbsent(path, p -> seed.rewrite(load("/sandbox/" + p)));
    }

    public void serve(Context ctx, String path) {
        String body = text(path);
        ctx.contentType(contentType(path)).result(body);
    }

    /** An HTML page: the shared shell resource with {{title}} and {{body}} filled, plus any values. */
    public String page(String path, Map<String, String> values) {
        String html = text(path);
        for (Map.Entry<String, String> v : values.entrySet()) {
            html = html.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        return html;
    }

    private static String contentType(String path) {
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".svg")) return "image/svg+xml";
        return "text/html; charset=utf-8";
    }

    private static String load(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NotFoundResponse("No sandbox asset " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
