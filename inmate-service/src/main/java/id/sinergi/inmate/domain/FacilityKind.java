package id.sinergi.inmate.domain;

/**
 * The kinds of UPT Pemasyarakatan (UU 22/2022 tentang Pemasyarakatan, Pasal 1): a Lapas holds
 * convicts, a Rutan detainees, an LPKA children, and a Bapas supervises clients outside.
 */
public enum FacilityKind {
    LAPAS,
    RUTAN,
    LPKA,
    BAPAS
}
