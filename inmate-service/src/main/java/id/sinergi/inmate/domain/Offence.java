package id.sinergi.inmate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One offence a WBP is held for: the article, the law and what happened. */
@Embeddable
public class Offence {

    @Column(nullable = false)
    public String article;

    @Column(nullable = false)
    public String law;

    public String description;

    // Issue 20 point 8: the law as a code (KUHP, UU-1-2023, UU-35-2009, ...), the article as a number
    // with the letters of an inserted article (114, 76C) and the category the offence table gave it at
    // admission (OffenceTable). Null for offences admitted before V5.
    @Column(name = "law_code")
    public String lawCode;

    @Column(name = "article_ref")
    public String articleRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    public OffenceCategory category;

    public Offence() {
    }

    public Offence(String article, String law, String description) {
        this.article = article;
        this.law = law;
        this.description = description;
    }

    /** An offence as written, with the law code, article and category the table gives it. */
    public static Offence categorised(String article, String law, String description, OffenceTable.Categorised categorised) {
        Offence offence = new Offence(article, law, description);
        offence.lawCode = categorised.lawCode();
        offence.articleRef = categorised.article();
        offence.category = categorised.category();
        return offence;
    }
}
