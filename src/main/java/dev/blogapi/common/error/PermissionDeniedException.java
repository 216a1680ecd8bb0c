package dev.blogapi.common.error;

public class PermissionDeniedException extends ProblemException {

    public PermissionDeniedException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
