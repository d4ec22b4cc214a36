/**
 * Tiny value types and error types every module uses: Vietnamese text normalisation, periods,
 * and the exceptions that become RFC 9457 problem responses. No services.
 */
package vn.gandan.shared;
