package dev.blogapi.common.error;

public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String detail) {
        super(ProblemType.PAYLOAD_TOO_LARGE, detail);
    }
}
