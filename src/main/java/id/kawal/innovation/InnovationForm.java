package id.kawal.innovation;

/** Whether an innovation is digital (an application, a platform) or not (a service, a procedure). */
public enum InnovationForm {
    DIGITAL,
    NON_DIGITAL
}
