package dev.blogapi.common.error;

public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
