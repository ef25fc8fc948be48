package io.github.influxauth.failure;

/**
 * The HTTP proxy a request went through, as messages name it.
 *
 * @param url         {@code http://host:port}, never with credentials
 * @param variable    the environment variable it came from, e.g. {@code HTTPS_PROXY}
 * @param credentials whether the variable gave a user name and password
 */
public record ProxyUse(String url, String variable, boolean credentials) {}
