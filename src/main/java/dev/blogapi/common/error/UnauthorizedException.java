package dev.blogapi.common.error;

public class UnauthorizedException extends ProblemException {

    public UnauthorizedException(String detail) {
        super(ProblemType.UNAUTHORIZED, detail);
    }
}
