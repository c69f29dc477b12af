package id.sinergi.program.domain;

public enum AttendanceStatus {
    PRESENT, ABSENT
}
