package dev.tandem.feedback;

/** Who a pulse link goes to: a contact on their side, a guest of the partnership, or one of our members. */
public enum RecipientKind {
    CONTACT,
    GUEST,
    MEMBER
}
