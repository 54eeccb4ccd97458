package dev.tandem.webhooks;

/** An endpoint with its new signing secret ({@code whsec_<base64>}): shown this once, never again. */
public record EndpointSecret(Endpoint endpoint, String secret) {}
