/**
 * CSRF prevention, the rule of yoga's `@graphql-yoga/plugin-csrf-prevention` (and Apollo
 * Server's): a browser sends some requests cross-site without a CORS preflight ("simple"
 * requests: a GET, or a POST of a form or text/plain), so CORS alone cannot stop another site
 * from making a logged-in browser run an operation. Such a request must carry a header a page
 * can only set after a preflight; JSON POSTs (what GraphiQL and GraphQL clients send) are
 * preflighted and need nothing.
 *
 * Written out here because that plugin is not a dependency of the gateway (it is only installed
 * under a dev dependency); its 20 lines of logic are reproduced, with an error that says what to send.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Headers that prove a preflight: yoga's default, and the two Apollo clients send
 * (`apollo-require-preflight`, and `x-apollo-operation-name` from Apollo iOS/Kotlin).
 */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** Content types a browser may POST cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function useCsrfPrevention(requestHeaders: readonly string[] = CSRF_HEADERS): Plugin {
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get('content-type')?.toLowerCase();
      const preflighted = contentType !== undefined && !SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
      if (preflighted || requestHeaders.some((name) => request.headers.has(name))) return;
      throw createGraphQLError(
        `This request could be sent by another site without a CORS preflight (a GET, or a form or text/plain POST), so it needs one of these headers: ${requestHeaders.join(', ')} (any value), or a JSON POST.`,
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}
