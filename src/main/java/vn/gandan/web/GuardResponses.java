package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Problems answered by filters, before Spring MVC: RFC 9457 JSON for the API, a short page for browsers. */
@Component
class GuardResponses {

    private final MessageSource messages;

    GuardResponses(MessageSource messages) {
        this.messages = messages;
    }

    void send(HttpServletRequest req, HttpServletResponse res, int status, String key) throws IOException {
        Locale locale = english(req) ? Locale.ENGLISH : WebConfig.VI;
        String title = messages.getMessage("error.status." + status, null, String.valueOf(status), locale);
        String detail = messages.getMessage(key, null, key, locale);
        res.setStatus(status);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status
                    + ",\"detail\":" + quote(detail) + ",\"instance\":" + quote(req.getRequestURI()) + "}");
        } else {
            res.setContentType("text/html");
            res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                    + html(title) + "</title><h1>" + html(title) + "</h1><p>" + html(detail) + "</p></html>");
        }
    }

    private static boolean english(HttpServletRequest req) {
        String lang = req.getHeader("Accept-Language");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
