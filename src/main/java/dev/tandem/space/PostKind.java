package dev.tandem.space;

/**
 * What a post of the shared space is: an update, a question (answered by one of its replies), a resource (a link
 * or a file), a reply to one of these, or shared kudos (put there by recognition, never posted directly).
 */
public enum PostKind {
    UPDATE,
    QUESTION,
    RESOURCE,
    REPLY,
    KUDOS
}
