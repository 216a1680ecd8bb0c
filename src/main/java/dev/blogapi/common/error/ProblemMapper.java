package dev.blogapi.common.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become {@code application/problem+json}: our own exceptions, bean
 * validation, JSON binding and the framework's HTTP errors. No class name, SQL or stack trace ever
 * reaches a body.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final String TOKEN_NEEDED =
            "This operation needs 'Authorization: Bearer <token>'";
    private static final String CHALLENGE = "Bearer realm=\"blog-api\"";
    private static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    @ServerExceptionMapper
    public Response ourProblem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder response = build(e.type(), e.getMessage(), e.errors(), uri);
        if (e.type() == ProblemType.UNAUTHORIZED) {
            boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            response.header(
                    HttpHeaders.WWW_AUTHENTICATE, tokenSent ? INVALID_TOKEN_CHALLENGE : CHALLENGE);
        }
        if (e instanceof TooManyRequestsException throttled) {
            response.header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds());
        }
        return response.build();
    }

    /** A token was sent and is not valid. */
    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        return build(
                        ProblemType.UNAUTHORIZED,
                        e.getMessage() == null
                                ? "The bearer token is unknown or revoked"
                                : e.getMessage(),
                        null,
                        uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE)
                .build();
    }

    /** An operation that needs a role was called without a token. */
    @ServerExceptionMapper
    public Response tokenNeeded(UnauthorizedException e, UriInfo uri) {
        return build(ProblemType.UNAUTHORIZED, TOKEN_NEEDED, null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    /** Roles are admin and author; only an admin-only operation refuses a valid token. */
    @ServerExceptionMapper
    public Response roleMissing(ForbiddenException e, UriInfo uri) {
        return build(ProblemType.FORBIDDEN, "This operation needs an admin token", null, uri)
                .build();
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .toList();
        String detail =
                errors.stream()
                        .map(error -> error.field() + ": " + error.message())
                        .collect(Collectors.joining("; "));
        return build(ProblemType.VALIDATION_FAILED, detail, errors, uri).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return malformed(
                "Unknown field '" + field + "'; accepted fields are " + e.getKnownPropertyIds(),
                field,
                "unknown field",
                uri);
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String expected = describe(e.getTargetType());
        return malformed(
                field + ": must be " + expected + ", got '" + e.getValue() + "'",
                field,
                "must be " + expected,
                uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return malformed("The request body must be a JSON object", null, null, uri);
        }
        String expected = describe(e.getTargetType());
        return malformed(field + ": must be " + expected, field, "must be " + expected, uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonParseException e, UriInfo uri) {
        JsonLocation at = e.getLocation();
        String where =
                at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return malformed(
                "The request body is not valid JSON" + where + ": " + readable(e), null, null, uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail =
                "The request body could not be read"
                        + (field.isEmpty() ? "" : " at '" + field + "'")
                        + ": "
                        + readable(e);
        return malformed(
                detail, field.isEmpty() ? null : field, field.isEmpty() ? null : readable(e), uri);
    }

    // The JSON reader sometimes reports binding failures wrapped in a 400; unwrap them for a
    // precise answer.
    private Response fromJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongValue(format, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        if (e instanceof JsonParseException parse) {
            return badJson(parse, uri);
        }
        return otherJson(e, uri);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return fromJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL_ERROR) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder response = build(type, frameworkDetail(type, uri), null, uri);
        if (status == 405) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    // The framework parses Content-Type and Accept before any resource runs and throws this for
    // a value that is not a media type at all.
    @ServerExceptionMapper
    public Response unparsableMediaType(
            IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        String message = String.valueOf(e.getMessage());
        if (!message.startsWith("Failed to parse media type")) {
            return unexpected(e, uri);
        }
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && message.endsWith(contentType.strip())) {
            return build(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "The Content-Type header is not a media type such as application/json",
                            null,
                            uri)
                    .build();
        }
        return build(
                        ProblemType.NOT_ACCEPTABLE,
                        "The Accept header is not a list of media types such as application/json",
                        null,
                        uri)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<String> outage = DatabaseOutage.describe(e);
        if (outage.isPresent()) {
            LOG.warnf(
                    "Database unavailable, answered 503 to %s: %s",
                    uri == null ? "a request" : uri.getRequestUri().getRawPath(), outage.get());
            return build(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The database is unavailable or too slow to answer; nothing was"
                                    + " changed. Retry after the number of seconds in Retry-After.",
                            null,
                            uri)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return build(
                                ProblemType.CONFLICT,
                                "The resource was changed by a concurrent request; fetch it and retry",
                                null,
                                uri)
                        .build();
            }
            if (cause instanceof java.io.IOException io
                    && String.valueOf(io.getMessage()).contains("parsing multipart request")) {
                return build(
                                ProblemType.MALFORMED_REQUEST,
                                "The multipart/form-data body is malformed or cut off: send the"
                                        + " file in a form field named 'file'",
                                null,
                                uri)
                        .build();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Response answer = fromDatabase(sql.getSQLState(), uri);
                if (answer != null) {
                    return answer;
                }
            }
        }
        LOG.error("Unexpected failure", e);
        return build(
                        ProblemType.INTERNAL_ERROR,
                        "The server failed to answer this request; it has been logged.",
                        null,
                        uri)
                .build();
    }

    // What the database refuses because of the request itself: a race for a unique value, or text
    // it cannot store.
    private static Response fromDatabase(String sqlState, UriInfo uri) {
        if (sqlState.equals("23505")) {
            return build(
                            ProblemType.CONFLICT,
                            "A concurrent request took the same slug, name or key; retry the request",
                            null,
                            uri)
                    .build();
        }
        if (sqlState.equals("40001") || sqlState.equals("40P01")) {
            return build(
                            ProblemType.CONFLICT,
                            "A concurrent change collided with this one; retry the request",
                            null,
                            uri)
                    .build();
        }
        if (sqlState.startsWith("22")) {
            return build(
                            ProblemType.MALFORMED_REQUEST,
                            "The request holds a value that cannot be stored or searched (such as a NUL character)",
                            null,
                            uri)
                    .build();
        }
        return null;
    }

    // The parser's words without its class names: "(1000, from `StreamReadConstraints...`)"
    // becomes "(1000)", "`java.util.List<java.lang.String>`" becomes "`List<String>`".
    private static String readable(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage())
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1")
                .lines()
                .findFirst()
                .orElse("");
    }

    private static String frameworkDetail(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is served at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "This method is not supported on " + uri.getPath();
            case NOT_ACCEPTABLE -> "None of the media types in Accept can be produced here";
            case UNSUPPORTED_MEDIA_TYPE ->
                    "This Content-Type is not accepted here; see the API description";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this endpoint accepts";
            default -> type.title();
        };
    }

    private Response malformed(String detail, String field, String message, UriInfo uri) {
        List<Problem.FieldError> errors =
                field == null ? null : List.of(new Problem.FieldError(field, message));
        return build(ProblemType.MALFORMED_REQUEST, detail, errors, uri).build();
    }

    static Response.ResponseBuilder build(
            ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = Problem.of(type, detail, instance, errors);
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        return StreamSupport.stream(e.getPath().spliterator(), false)
                .map(
                        ref ->
                                ref.getFieldName() != null
                                        ? "." + ref.getFieldName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 timestamp such as 2007-06-30T12:16:04Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
