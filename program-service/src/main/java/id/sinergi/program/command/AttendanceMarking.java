package id.sinergi.program.command;

import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.AttendanceStatus;

/** What an attendance record says, as a roll's mark and a correction both give it. */
public interface AttendanceMarking {

    AttendanceStatus status();

    /** Required when ABSENT, not allowed when PRESENT. */
    AbsenceReason absenceReason();

    String note();
}
