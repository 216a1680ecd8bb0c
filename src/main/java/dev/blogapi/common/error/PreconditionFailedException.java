package dev.blogapi.common.error;

public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }
}
