package id.sinergi.inmate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One offence a WBP is held for: the article, the law and what happened. */
@Embeddable
public class Offence {

    @Column(nullable = false)
    public String article;

    @Column(nullable = false)
    public String law;

    public String description;

    public Offence() {
    }

    public Offence(String article, String law, String description) {
        this.article = article;
        this.law = law;
        this.description = description;
    }
}
