package dev.tandem.partnerships;

/** What sort of relationship a partnership is. */
public enum PartnershipKind {
    ORG_PARTNER,
    COWORKER,
    VENDOR,
    MENTEE,
    MENTOR,
    NETWORK,
    CLIENT
}
