package vn.gandan.hostile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every mapped endpoint with the fields it reads: request parameters, form or JSON record components, files. */
record HostileEndpoints(String method, String pattern, Set<String> fields, Set<String> files, boolean json) {

    static List<HostileEndpoints> all(ApplicationContext context) {
        List<HostileEndpoints> out = new ArrayList<>();
        for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            m.getHandlerMethods().forEach((info, handler) -> {
                if (!handler.getBeanType().getName().startsWith("vn.gandan")) {
                    return;
                }
                Set<String> fields = new LinkedHashSet<>();
                Set<String> files = new LinkedHashSet<>();
                boolean json = read(handler, fields, files);
                Set<String> methods = new LinkedHashSet<>();
                info.getMethodsCondition().getMethods().forEach(x -> methods.add(x.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String p : info.getPatternValues()) {
                    methods.forEach(x -> out.add(new HostileEndpoints(x, p, fields, files, json)));
                }
            });
        }
        out.sort(java.util.Comparator.comparing(e -> e.method() + e.pattern()));
        return out;
    }

    private static boolean read(HandlerMethod handler, Set<String> fields, Set<String> files) {
        boolean json = false;
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (p.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            String name = rp != null && !rp.name().isEmpty() ? rp.name() : rp != null && !rp.value().isEmpty() ? rp.value()
                    : p.getParameterName();
            if (MultipartFile.class.isAssignableFrom(type) || type.isArray() && MultipartFile.class.isAssignableFrom(type.getComponentType())) {
                files.add(name);
            } else if (rp != null) {
                fields.add(name);
            } else if (p.hasParameterAnnotation(RequestBody.class)) {
                json = true;
                components(type, fields);
            } else if (type.isRecord() && type.getName().startsWith("vn.gandan")) {
                components(type, fields);
            }
        }
        return json;
    }

    private static void components(Class<?> type, Set<String> fields) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(c.getName());
            }
        }
    }

    boolean api() {
        return pattern.startsWith("/api/");
    }
}
