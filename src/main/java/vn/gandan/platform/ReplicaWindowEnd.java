package vn.gandan.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Ends the replica window before a response body is written: writing the body commits the response, and Spring
 * Session saves the session at that moment (an UPDATE) — on the replica it failed with "cannot execute UPDATE in a
 * read-only transaction" and the export answered 500 (found by TwoNodesProcessIT). Views end it in
 * {@link ReplicaInterceptor#postHandle}, before rendering.
 */
@ControllerAdvice
@ConditionalOnExpression("!'${app.replica.url:}'.isEmpty()")
class ReplicaWindowEnd implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        ReplicaRouting.leave();
        return body;
    }
}
