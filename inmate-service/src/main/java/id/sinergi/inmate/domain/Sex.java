package id.sinergi.inmate.domain;

public enum Sex {
    MALE,
    FEMALE
}
