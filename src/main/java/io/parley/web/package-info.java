/**
 * The web page's files and the API description as both HTTP adapters serve them ({@code parley serve} and the
 * query function): class-path resources only. It must not import Quarkus, AWS, {@code functions} or {@code cli}.
 */
package io.parley.web;
