package dev.blogapi.common.error;

import java.util.List;

/** Well-formed input that breaks a rule (422), or a bad query parameter (400), naming the field. */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String field, String message) {
        this(ProblemType.VALIDATION_FAILED, field, message);
    }

    public InvalidRequestException(ProblemType type, String field, String message) {
        super(type, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static InvalidRequestException badParameter(String parameter, String message) {
        return new InvalidRequestException(ProblemType.INVALID_PARAMETER, parameter, message);
    }
}
