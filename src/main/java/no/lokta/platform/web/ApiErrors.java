package no.lokta.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the JSON API as RFC 9457 problem details; field errors listed by field. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "error.404.text");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "error.403.text");
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, e.messageKey());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail concurrentChange() {
        return problem(HttpStatus.CONFLICT, "error.409.changed");
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "error.400.text");
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(err -> fields.put(err.field(), text(err.messageKey(), err.args())));
        pd.setProperty("errors", fields);
        return pd;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "error.400.text");
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError err : e.getBindingResult().getFieldErrors()) {
            fields.put(err.getField(), messages.getMessage(err, LocaleContextHolder.getLocale()));
        }
        pd.setProperty("errors", fields);
        return pd;
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ProblemDetail unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "error.400.unreadable");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API error, reference {}", reference, e);
        ProblemDetail pd = problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.text");
        pd.setProperty("reference", reference);
        return pd;
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        return ProblemDetail.forStatusAndDetail(status, text(key));
    }

    private String text(String key, Object... args) {
        String text = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        return text == null ? key : text;
    }
}
