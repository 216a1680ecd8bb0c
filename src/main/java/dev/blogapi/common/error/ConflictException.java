package dev.blogapi.common.error;

public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
