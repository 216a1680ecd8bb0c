package dev.blogapi.common.error;

public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
