package id.sinergi.bench;

import java.util.List;

/**
 * Name parts for synthetic WBP, weighted towards South Kalimantan (Banjar) names with common
 * Javanese, Bugis and Batak ones mixed in. The lists are deliberately short: a million people drawn
 * from a few hundred parts share first names and surnames heavily, as a real register does, so
 * fuzzy search meets many near-duplicates ("Ahmad Rizani", "Akhmad Rizani", "Ahmad Riziani").
 */
final class IndonesianNames {

    static final List<String> MALE_GIVEN = List.of(
            "Ahmad", "Akhmad", "Muhammad", "Abdul", "Rahmat", "Rizani", "Fauzi", "Hendra", "Budi", "Agus",
            "Andi", "Arif", "Bambang", "Dedi", "Eko", "Fajar", "Hadi", "Irwan", "Joko", "Junaidi",
            "Lukman", "Mahyudin", "Nor", "Noor", "Rusdi", "Syahrani", "Taufik", "Wahyu", "Yusuf", "Zainal",
            "Aspihani", "Basri", "Darmawi", "Fahrurrazi", "Gusti", "Haris", "Iskandar", "Jailani", "Khairil",
            "Mawardi", "Nasrullah", "Rahmadi", "Saipul", "Syamsudin", "Hamdani", "Ridwan", "Supriadi",
            "Sugianto", "Slamet", "Suparman", "Yanto", "Rudi", "Heri", "Anang", "Aldi", "Rizky", "Dimas",
            "Bayu", "Ilham", "Firdaus", "Mukhlis", "Herman", "Jumberi", "Arbain", "Abdurrahman", "Riduan",
            "Fahmi", "Hasan", "Husin", "Sarkani", "Ramli", "Zulkifli", "Masrani", "Darman", "Hairul",
            "Samsul", "Gazali", "Syarifudin", "Kaspul", "Mulyadi", "Sapriansyah", "Rahmani", "Muslim",
            "Jumadi", "Salman", "Ibrahim", "Ismail", "Yahya", "Sahrul", "Erwin", "Dodi", "Yudi", "Wawan",
            "Bahrudin", "Sukri", "Sulaiman", "Ardiansyah", "Kamaludin", "Nurdin");

    static final List<String> FEMALE_GIVEN = List.of(
            "Siti", "Nur", "Rina", "Dewi", "Fitri", "Rahmah", "Aminah", "Noor", "Sri", "Yuni",
            "Wati", "Aisyah", "Fatimah", "Mariana", "Norhayati", "Rusmini", "Salmah", "Halimah", "Nurul",
            "Ratna", "Yanti", "Rabiatul", "Masitah", "Jamilah", "Kartini", "Mahrita", "Normila", "Sarah",
            "Herlina", "Rusmiati", "Nadia", "Ayu", "Lina", "Ernawati", "Hamidah");

    static final List<String> MALE_SURNAMES = List.of(
            "Rizani", "Hidayat", "Saputra", "Pratama", "Wijaya", "Setiawan", "Santoso", "Hidayatullah",
            "Rahman", "Ramadhan", "Kurniawan", "Nugroho", "Susanto", "Gunawan", "Hakim", "Firmansyah",
            "Maulana", "Syahputra", "Effendi", "Hasibuan", "Nasution", "Siregar", "Lubis", "Harahap",
            "Simanjuntak", "Tanjung", "Noor", "Arsyad", "Anshari", "Bahri", "Fadillah", "Fahmi", "Iskandar",
            "Mahmud", "Munawar", "Rasyid", "Saleh", "Yusran", "Zakaria", "Hamdani", "Jamhari", "Mursyid",
            "Riduansyah", "Arifin", "Baihaqi", "Fitriadi", "Hermansyah", "Irawan", "Jauhari", "Kadir",
            "Latif", "Mansyur", "Nafarin", "Rusli", "Sanusi", "Subhan", "Thamrin", "Wahyudi", "Yamani",
            "Zuhdi", "Prasetyo", "Purnomo", "Hartono", "Sutrisno", "Wibowo", "Daeng", "Pangeran", "Asnawi",
            "Syarkawi", "Husaini", "Abdillah", "Rahmadani", "Syaifullah", "Junaidi", "Hairani", "Majidi");

    static final List<String> FEMALE_SURNAMES = List.of(
            "Lestari", "Wulandari", "Handayani", "Sari", "Anggraini", "Rahmawati", "Susanti", "Purnamasari",
            "Yulianti", "Safitri", "Maulida", "Hasanah", "Aminah", "Noor", "Rahmah", "Aulia", "Fitriani",
            "Hidayati", "Mardiana", "Nurjanah", "Khairunnisa", "Zulaikha", "Jannah", "Rosita", "Febriani");

    /** Street names (aliases): one word or two, Banjar and Indonesian nicknames. */
    static final List<String> MALE_ALIASES = List.of(
            "Udin", "Iwan", "Anang", "Ucok", "Jay", "Botak", "Kribo", "Amat", "Utuh", "Ancah", "Uje",
            "Gondrong", "Bedul", "Ijal", "Ipul", "Icang", "Endut", "Kumis", "Codet", "Tato", "Bang Jago",
            "Ucup", "Acong", "Mamat", "Kancil", "Tompel", "Ajis", "Imus", "Gundul", "Ujang", "Dayat",
            "Galuh Hitam", "Pian", "Rudal", "Si Pitung", "Jabrik", "Belut", "Gareng", "Dogol", "Bagong");

    static final List<String> FEMALE_ALIASES = List.of(
            "Ita", "Neng", "Ina", "Upik", "Aluh", "Diang", "Acil", "Mimi", "Susi", "Ening");

    /** Towns of birth, paired with a NIK region code (province, regency) in {@link #REGIONS}. */
    record Region(String code, String town) {
    }

    /** South Kalimantan's regencies and cities first (Amuntai is in Hulu Sungai Utara, 6308). */
    static final List<Region> REGIONS = List.of(
            new Region("6308", "Amuntai"), new Region("6307", "Barabai"), new Region("6306", "Kandangan"),
            new Region("6309", "Tanjung"), new Region("6311", "Paringin"), new Region("6305", "Rantau"),
            new Region("6303", "Martapura"), new Region("6371", "Banjarmasin"), new Region("6372", "Banjarbaru"),
            new Region("6301", "Pelaihari"), new Region("6302", "Kotabaru"), new Region("6304", "Marabahan"),
            new Region("6310", "Batulicin"), new Region("6271", "Palangka Raya"), new Region("6472", "Samarinda"),
            new Region("3578", "Surabaya"));

    private IndonesianNames() {
    }
}
