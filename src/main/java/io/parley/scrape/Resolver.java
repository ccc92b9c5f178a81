package io.parley.scrape;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A Resolver looks up every address of a host name; tests inject one so that no real DNS is asked. */
@FunctionalInterface
public interface Resolver {

    /** The system resolver (and the JVM's address cache, which the HTTP client then reads too). */
    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
