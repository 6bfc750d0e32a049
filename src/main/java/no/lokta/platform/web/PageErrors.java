package no.lokta.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Error pages for the HTML side: the status, a clear text in the user's language, no internals. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return page(response, 404, "error/404");
    }

    /** An id in the path that cannot be an id names nothing; a bad query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return page(response, 404, "error/404");
        }
        return page(response, 400, "error/400");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return page(response, 400, "error/400");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletResponse response) {
        return page(response, 403, "error/403");
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView conflict(Conflict e, HttpServletResponse response) {
        return page(response, 409, "error/409").addObject("reasonKey", e.messageKey());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ModelAndView concurrentChange(HttpServletResponse response) {
        return page(response, 409, "error/409").addObject("reasonKey", "error.409.changed");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, e);
        return page(response, 500, "error/500").addObject("reference", reference);
    }

    private static ModelAndView page(HttpServletResponse response, int status, String view) {
        response.setStatus(status);
        return new ModelAndView(view).addObject("status", status);
    }
}
