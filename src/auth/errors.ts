/**
 * The two errors of caller auth. Neither ever carries a token, a key or anything read from one
 * beyond a claim name.
 */
import { GraphQLError } from 'graphql';

/**
 * One message for every denial, whether the object exists or not: a company-scoped caller must not
 * learn that company B or B's grant exists by comparing errors.
 */
const FORBIDDEN_MESSAGE = 'Forbidden: not visible to this caller';

/** A denied object or field: it resolves to null with this error (`extensions.code: FORBIDDEN`). */
export function forbidden(): GraphQLError {
  return new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The caller could not be authenticated (missing, expired, wrongly signed or wrong-audience
 * token, or in forward mode no vendor credential at all): HTTP 401 before anything runs, or, for
 * one upstream's fields in forward mode, those fields' error.
 */
export function unauthenticated(message: string, { http = true } = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      ...(http ? { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } : {}),
    },
  });
}

/**
 * A credential header sent twice: HTTP joins the copies into one value ("a, b"), and Node keeps only
 * the first Authorization. Neither guess is the caller's intent, so the request is refused (400).
 */
export function repeatedCredential(header: string): GraphQLError {
  return new GraphQLError(`${header} must be sent once, holding one credential: it came more than once (or held a comma)`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/** The keys to check a token could not be fetched (JWKS_URL unreachable): the gateway's fault, not the caller's. */
export function authUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } } });
}
