<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Desktop admin and diagnostics tool for the Vendo credentials service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded sandbox service and use its Sandbox profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window in the sandbox into FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state to render with --screenshot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendo-inspector: the sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print diagnostics (requests, retries, keychain, sandbox) on standard error; never a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token, header block, curl command, HAR file or log to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::CurlCommand</name>
    <message>
        <source>The curl command has an unterminated quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No curl command was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command sends no header (-H).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::Errors</name>
    <message>
        <source>The API key or the user&apos;s identity token is unknown, revoked or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new API key, or ask the user to sign in again for a fresh identity token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or app has no active connection for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s OAuth grant has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the wallet on vendo.run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily or monthly spend cap has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the cap resets (see Retry-After) or raise the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider (or the service) is rate limiting requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the Retry-After interval before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider failed to answer the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later; check the provider&apos;s status page if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the slug and parameters sent (see the request log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same idempotency key was used with a different payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new idempotency key for a different request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is configured, so the client is not in Vendo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store an API key for this profile (or set VENDO_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries no X-Vendo-User-JWT header (or it is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the caller send X-Vendo-User-JWT with the user&apos;s identity token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported an error without a known code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message and the request id, and contact Vendo support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s URL and port, and that the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name in the profile and the machine&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed; the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate problem named here, the system clock and any intercepting proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer arrived within the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it persists, check connectivity or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed or reset before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; a proxy or load balancer may be dropping connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed at the network level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check network connectivity and proxy settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s body is not the JSON the contract describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service and not at a proxy or web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than 1 MiB and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service; its answers are small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the Vendo service and not at a login page or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another origin; credentials are never sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the final URL directly in the profile if it is trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL uses plain http on a host that is not loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https URL in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the input as the message says and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer connects the provider in your app (its connections or integrations screen), signed in as themselves; the app makes the link. Never send them the set-up link shown here: it carries the app&apos;s API key. It is for you only, opened after a confirmation that shows its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer re-authorizes the provider in your app (its connections or integrations screen: reconnect), signed in as themselves; the app makes the link. Never send them the connect URL shown here: it carries the app&apos;s API key. It is for you only, opened after a confirmation that shows its host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::Exchange</name>
    <message>
        <source>No network access manager was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::Explain</name>
    <message>
        <source>&quot;%1&quot; is an older SDK spelling of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDKs choose the class by the error code, not by the HTTP status; %1 usually means %2. Look for the Vendo-Error-Code header to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDKs make up to 3 attempts in all for this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vendo error code, class name or HTTP error status was found in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the error code (e.g. binding_missing), the HTTP status, or the whole log line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::HeaderBlock</name>
    <message>
        <source>(request without URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is %1 bytes; the limit is %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but does not parse: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file holds no requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no header names with string values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;Name: value&quot; header line was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds more than %1 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Vendo-User-JWT header is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No X-Vendo-User-JWT header was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Vendo-User-JWT value is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1, the limit for a HAR or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is %1 (%2 bytes); the limit for a HAR or JSON file is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more follows the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing &apos;:&apos; after a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape or a control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character or invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input could not be read to its end (a read error after %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but is nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but ends after %1 bytes, before the JSON is complete: is the file truncated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input looks like JSON (a HAR file?) but holds a NUL byte at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB (%2 bytes), the limit for text (a header block, a curl command, a message or a log); only JSON (a HAR file) may be larger, up to %3 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::NetworkExchange</name>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 exceeded %2 bytes and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a redirect from %1 to %2 (another origin or insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect (HTTP %1) without a usable target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected application/json, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer from %1 was cancelled by a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::Profile</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must be an origin only (paths start with /api/...); remove &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is a built-in profile and cannot be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile identifier cannot contain slashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::RequestLog</name>
    <message numerus="yes">
        <source>&lt;%n byte(s) of %1, not JSON: not recorded&gt;</source>
        <translation>
            <numerusform>&lt;%n byte of %1, not JSON: not recorded&gt;</numerusform>
            <numerusform>&lt;%n bytes of %1, not JSON: not recorded&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::ResponseDecoder</name>
    <message>
        <source>The answer does not match the contract: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;access_token&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expires_at&quot; is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tokens&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for &quot;%1&quot; is neither an object nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connections&quot; is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection has no &quot;slug&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tenant_id&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;balance_usd&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of %1 that are not JSON.</source>
        <translation>
            <numerusform>%n byte of %1 that is not JSON.</numerusform>
            <numerusform>%n bytes of %1 that are not JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::ServiceLink</name>
    <message>
        <source>The link is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link carries a user name before its host, a way to disguise where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link uses %1, not https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no service address to compare the link with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes to %1, not to the service at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes to %1, not to the service&apos;s domain %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::TokensJob</name>
    <message>
        <source>The bulk answer left this slug null, without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::UrlBuilder</name>
    <message>
        <source>The provider slug is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider slug is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking as the user needs a user identity token (scope the client first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is configured for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::client::VendoClient</name>
    <message>
        <source>No API key is configured: scoping to a user needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user identity token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user identity token is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user identity token contains a character a header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not exist; the input holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::events::EventStream</name>
    <message>
        <source>The event stream needs an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream has no network to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text/event-stream, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data or ping from %1 for %2 ms: the stream is dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a redirect from %1 to %2 (another origin or insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect (HTTP %1) without a usable target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream ended before its headers were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::events::SseParser</name>
    <message>
        <source>The event stream sent a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream sent an event with more than %1 bytes of data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::events::StreamEvent</name>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage recorded: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend cap at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend cap reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::events::StreamStatus</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 ms (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream limit reached (5 per app); retrying in %1 ms (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::AuditJson</name>
    <message>
        <source>Line of the input the token was found on (1-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structure (ok, malformed), time (valid, expired, not_yet_valid, no_exp, unknown), signature (not_checked, valid, invalid, key_not_found, unsupported_alg, unsigned); expires_in_s, expired_for_s or valid_in_s with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing algorithm named in the token&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id named in the token&apos;s header: which key of the JWKS signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id the token carries (app_metadata.tenant_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seconds since 1970; null when not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the token would be refused, when it would be: axis (structure, signature, time, expectation), code, segment (structure only) and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the verdict&apos;s warnings (missing_kid, unusual_lifetime, iss_mismatch, ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Claims</name>
    <message>
        <source>Issuer: who created and signed the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: the user id; Vendo derives the tenant from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: who the token is meant for (&quot;authenticated&quot; for signed-in users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration time: not accepted from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: not accepted until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role the token acts as (&quot;authenticated&quot;, &quot;anon&quot;, &quot;service_role&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata only the service can set; holds the tenant id and sign-in providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata the user can edit (name, avatar, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in session this token was issued for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator assurance level: aal1 (one factor) or aal2 (multi-factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods used to sign in (password, otp, oauth, ...) and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the user signed in anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user actually authenticated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::CriticalHeader</name>
    <message>
        <source>The header has &quot;b64&quot;: false (an unencoded payload, RFC 7797) without naming it in &quot;crit&quot;: such a token is invalid, and this tool does not verify unencoded payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; is not a non-empty list of names: a recipient must reject the token (RFC 7515 section 4.1.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; requires the extension(s) %1, which this tool does not implement: a recipient must reject the token (RFC 7515 section 4.1.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;b64&quot;: false the signature covers the payload unencoded (RFC 7797), not as shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwkSet</name>
    <message>
        <source>The key set is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set is not a JWK Set: it needs a &quot;keys&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 (kid &quot;%2&quot;) skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no usable key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data is neither a JWK, a JWK Set nor a PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwksFetcher</name>
    <message>
        <source>The JWKS at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is %2 bytes; more than %3 bytes is not a key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is larger than %2 bytes; that is not a key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 redirects to another origin; keys are only taken from the URL given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 publishes private key members (%2) of key(s) %3: anyone who fetches it can sign tokens. Rotate these keys and publish public members only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 publishes symmetric (oct) key(s) %2: a shared secret at a URL lets anyone who fetches it sign HS* tokens. Rotate them and keep them private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwsSigner</name>
    <message>
        <source>The algorithm &quot;%1&quot; cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key cannot sign %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs a private key; this one is public only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the HMAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not start signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not size the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL failed to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL produced an unreadable ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::JwtDecoder</name>
    <message>
        <source>The input is %1 bytes; a token is at most %2 bytes (64 KiB). Nothing was decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no dots: a JWT is three base64url segments separated by dots (header.payload.signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has only one dot: the signature segment is missing at byte %1 (was it cut short?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has five segments: it is an encrypted JWE. Only its header can be read; the claims need the recipient&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has %1 segments; a signed JWT has three (and an encrypted JWE five).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature segment is empty (at byte %1) although the header&apos;s alg is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is empty (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment contains base64 padding &quot;=&quot; at byte %2; JWS segments are unpadded base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment contains &quot;%2&quot; at byte %3: that is standard base64, not base64url (which uses &quot;-&quot; and &quot;_&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment contains the character %2 at byte %3, which base64url does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment has %2 base64url characters (ending at byte %3), a length no encoding produces: the token was probably cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded %1 is not UTF-8 text: invalid byte 0x%2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded %1 is JSON but not an object (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded %1 has the key &quot;%2&quot; twice (second at offset %3); readers disagree on which one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed surrounding quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an &quot;X-Vendo-User-JWT:&quot; header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer &quot; prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed line breaks and spaces inside the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Key</name>
    <message>
        <source>The EC key has no named curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC curve %1 is not one JOSE uses (P-256, P-384, P-521).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type %1 is not supported (EC, RSA and Ed25519 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key can be generated for the algorithm &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not generate a key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no &quot;kty&quot; (key type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s curve &quot;%1&quot; is not supported (P-256, P-384, P-521).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s coordinates must be %1 bytes each for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point is not on the curve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL did not accept the RSA JWK&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s curve &quot;%1&quot; is not supported (Ed25519 is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 public key (&quot;x&quot;) must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 private key (&quot;d&quot;) must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL did not accept the Ed25519 JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK key type &quot;%1&quot; is not supported (EC, RSA, OKP, oct are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not a JSON object (JWK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key could not be read (encrypted keys are not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a PEM public key, private key or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no &quot;%1&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid unpadded base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA JWK&apos;s modulus &quot;n&quot; or exponent &quot;e&quot; is zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::NumericDate</name>
    <message>
        <source>a fractional NumericDate; issuers write whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: a NumericDate is seconds since 1970 as a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range for a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in %1 (in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in in %1 (in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::RawJson</name>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too large or too small for a double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as received, not indented: it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as received, not indented: indented it would exceed %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::SignatureVerifier</name>
    <message>
        <source>The token is an encrypted JWE; only signed tokens (JWS) can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too malformed to check a signature (no readable header or not three segments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token declares &quot;alg&quot;: &quot;none&quot;: it carries no signature and proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature segment is missing or not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key has the token&apos;s kid &quot;%1&quot; (keys available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is valid for key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret is a public key&apos;s text: refusing the algorithm-confusion attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature does not match the key &quot;%2&quot;: the token was altered or signed by another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key fits the algorithm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says %1 but the key &quot;%2&quot; is %3: such a key is never used for that algorithm (algorithm confusion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits: keys under %2 bits can be factored, so a signature they verify proves nothing. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key &quot;%1&quot; has %2 bits: keys under %3 bits can be factored, so a signature they verify proves nothing. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::TokenJudge</name>
    <message>
        <source>The token is encrypted (JWE): its claims cannot be read without the recipient&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alg&quot;: &quot;none&quot;: the token is unsigned; anyone can write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm: whoever can verify this token can also forge one. Vendo identity tokens are signed ES256 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;kid&quot;: a verifier cannot tell which key of the JWKS signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &quot;exp&quot;: it never expires by itself. Vendo tokens always carry one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago, still accepted within the %2 s leeway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iat&quot; is %1 in the future: the issuer&apos;s clock (or this one) is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lives %1 (from iat to exp); Vendo issues tokens for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &quot;iss&quot;; the profile expects &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer is &quot;%1&quot;; the profile expects &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience does not include &quot;%1&quot;, which the profile expects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::UrlPolicy</name>
    <message>
        <source>The %1 URL &quot;%2&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL &quot;%2&quot; must use https (plain http is accepted only for loopback hosts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::jwt::Verdict</name>
    <message>
        <source>valid, expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid, becomes valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry (&quot;exp&quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no readable expiry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::sdk</name>
    <message>
        <source>Raises %1 (%2) in %3: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no %1: the contract sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1 s per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempt(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not documented (the contract&apos;s value is shown): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: contract %3, %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No X-Vendo-User-JWT was sent: the service answered with the app&apos;s own binding for %1, not the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body that is not JSON reaches the caller as a raw SyntaxError, not a VendoError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() uses a plain fetch: a network failure reaches the caller as the raw TypeError, not a VendoError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk answer left %1 empty: tokens() returns null and does not ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduction · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documented contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not documented for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a request the probe makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls %2 for this, not the endpoint the inspector asks; there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a key the constructor throws AuthError (app_unknown): forUser() is never reached, so the customer sees AuthError, not VendoOnlyFeature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is app_unknown, as for an unknown key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error comes from new Vendo(), before any scoping call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a key the constructor throws AuthError (app_unknown) before forRequest() runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error comes from new Vendo(), before forRequest() runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older spellings (not_connected, needs_reauth, ...) are not in its table: they raise the base VendoError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK has no who-am-I: billing.balance() calls /api/billing/balance, another endpoint with other fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo mode is decided by the VENDO_API_KEY environment variable, not the key given to the constructor: without the variable token() looks for a BYOK variable and raises NotConnected (binding_missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() sends no X-Vendo-User-JWT: a client scoped with forUser() still gets the app&apos;s own connection, not the user&apos;s (wrong account, or NotConnected for this user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() sends no Vendo-API-Version: the service&apos;s default version answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() sends no Accept header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() makes one attempt: a 502/503 that the contract retries fails at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token() sets no timeout: a service that never answers hangs the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() sends no X-Vendo-User-JWT either: the app&apos;s bindings answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() sends no Vendo-API-Version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() sends no Accept header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() sets no timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect delays only grow by up to 25 %, and a stream that ends cleanly reconnects at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects send no Last-Event-ID: events that happened during a drop are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s retry: field is passed to the caller but does not change the reconnect delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream that stops sending pings is not noticed: the SDK waits forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 401 or a 429 (stream limit) is not raised as its class: the SDK logs a plain Error and keeps reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature that is not hex is reported as a mismatch (Node&apos;s hex decoder does not fail); upper-case hex is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDO_WEBHOOK_SECRET is trimmed, so a secret with a trailing newline still verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK asks for API version 2026-05-02, not 2026-05-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public documentation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who am I (balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends X-Vendo-User-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-API-Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first retry delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest retry delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries a 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves a cached token until expiry minus (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caches a non-expiring token for (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo mode decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raises without an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code without an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trims the JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class for an unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knows older code spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network failure raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends Last-Event-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>honours retry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detects a dead stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature that is not hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trims VENDO_WEBHOOK_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() returns null for this slug, without a reason: the bulk answer left it null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk request failed: tokens() throws this for every slug at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() makes one attempt: a failed bulk request throws; a slug it could not resolve comes back null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens() returns the bulk answer&apos;s null as it is: the customer&apos;s code never learns why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks singly for a slug the bulk answer left null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::ApiKey</name>
    <message>
        <source> (surrounding whitespace was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Vendo API key starts with &quot;vendo_sk_&quot;; this one does not%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the API key is not allowed: after &quot;vendo_sk_&quot; only letters, digits, &quot;_&quot; and &quot;-&quot; may follow%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is too short: %1 characters follow &quot;vendo_sk_&quot;, 32 are expected%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is too long: %1 characters follow &quot;vendo_sk_&quot;, 32 are expected%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surrounding whitespace was removed from the API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::ApiKeyResolver</name>
    <message>
        <source>VENDO_API_KEY is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDO_API_KEY is set but is not a valid API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for profile &quot;%1&quot;: store one with &quot;vendo-inspector-cli key set --profile %1&quot; or set VENDO_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VENDO_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reports no key for this profile, but storing it failed earlier in this session, so that answer cannot be trusted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so whether a key is stored cannot be told. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so the key may still be stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::SecretResult</name>
    <message>
        <source>No API key is stored for this profile; there was nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this profile yet. Enter one to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain could not be reached. Log in to a graphical session, or use a session-only key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager could not be reached. Make sure the Credential Manager service is running, or use a session-only key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is reachable: this session has no D-Bus session bus or nothing on it provides the Secret Service. Start gnome-keyring or KWallet (for example &quot;gnome-keyring-daemon --start --components=secrets&quot; inside your desktop session), or use a session-only key, or set VENDO_API_KEY for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain refused access. Unlock the login keychain and allow vendo-inspector in Keychain Access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access. Check that you are logged in as the user who stored the key, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock your login keyring (gnome-keyring: log in again or open &quot;Passwords and Keys&quot;; KWallet: open the wallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting on an unlock prompt or still starting: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not stored because its format is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain. See the details, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain; nothing was saved. See the details, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be deleted from the keychain. See the details, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::SessionSecretStore</name>
    <message>
        <source>this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::secrets::WebhookSecret</name>
    <message>
        <source>The webhook secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the webhook secret is not allowed: only printable ASCII without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surrounding whitespace was removed from the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vendo Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses end users&apos; identity tokens, connections and provider tokens for the Vendo credentials service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ApiKeyDialog</name>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only (%1) and is gone when the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in %1 under this profile. It never reaches a file, a log or a report; the window shows only its first 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vendo API key: vendo_sk_ followed by 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile&apos;s key from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a Vendo API key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this profile now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret is kept in memory for this session only (%1) and is gone when the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret (VENDO_WEBHOOK_SECRET where the customer&apos;s code runs) is stored in %1 under this profile. It never reaches a file, a log or a report; the window shows only its first characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret the deliveries are signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile&apos;s webhook secret from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usable webhook secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing it in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is stored for this profile now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditJob</name>
    <message>
        <source>%1 cannot be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the audit: line %2 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token on line %1 cannot be read again: the line is too long, or %2 changed since the audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditModel</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned (alg none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::AuditView</name>
    <message>
        <source>expired over a day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired 1 h – 1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, under 5 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, 5–60 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, over an hour left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the log; what was read so far stays listed and counted (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected token into the inspector (Enter or double-click on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV or NDJSON: claims and verdicts only, never a token or signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens found in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By key id (kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log audited yet: open or drop a log file, or paste a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens: %2 valid, %3 expired, %4 not yet valid, %5 with a bad or unknown signature, %6 malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 lines (%2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 lines (%2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1 lines, %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures are not checked: the profile&apos;s key set (JWKS) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 tokens are listed; all %2 are counted in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: key not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: unsupported algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::CaseSummary</name>
    <message>
        <source>%1 UTC (%2 local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo case summary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: none loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the token names nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After %1 s (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ClaimsModel</name>
    <message>
        <source>%1 · local %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a standard or Vendo claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC · local · relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ConnectionsModel</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug: %1
Category: %2
Base URL: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the provider&apos;s set-up page in the browser after a confirmation: the link embeds the app&apos;s API key.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ConnectionsPanel</name>
    <message>
        <source>Filter by provider, status, profile or error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the connections that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the user&apos;s connections again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user identity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) · %1 ms</source>
        <translation>
            <numerusform>%n connection · %1 ms</numerusform>
            <numerusform>%n connections · %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) · %2 ms</source>
        <translation>
            <numerusform>%1 of %n connection · %2 ms</numerusform>
            <numerusform>%1 of %n connections · %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile to compare the link with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 link was not opened: %2 It points to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 link at %2 in your browser? The link embeds the app&apos;s API key: do not paste it into a ticket or chat, and open it only on a computer you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch until connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when the selected connection becomes connected (through the live events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::DecodedView</name>
    <message>
        <source>Ask the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No identity token yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Paste an end user&apos;s identity token, a request&apos;s headers, a curl command or a HAR file anywhere in the window (Ctrl+V), open one (Ctrl+O) or drop it here.&lt;/p&gt;&lt;p&gt;The token is decoded and judged here; the user&apos;s connections and provider tokens appear below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service what it thinks of this token: whoami as the user (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why each verdict is what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: no exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: key not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: unsupported alg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three well-formed segments with JSON header and payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: three segments, header and payload are JSON objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepts this token (HTTP %1, %2 ms): tenant %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refuses this token: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile&apos;s key set (JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity token to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s leeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leeway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local leeway for exp and nbf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vendo service allows no leeway for exp, and the verdict follows it. Set a local leeway only for tokens of other issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (local leeway %2 s; the service allows none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (no leeway, as the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::DiagnosticReport</name>
    <message>
        <source># Vendo Inspector diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by vendo-inspector %2. Secrets are redacted: the API key is not included, the identity token&apos;s signature is removed and provider tokens are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- API base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Credentials service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Identity token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity token was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Time: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Signature: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Claim | Value | Meaning |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoping failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Server verdict (whoami as the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (HTTP %1): tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (%2, HTTP %3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Provider | Status | Profile | Error |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Token probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider token was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Provider | Result | Token | Expires | Latency | Attempts | Error class | Code | Remediation |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Profile: %1 (environment: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## SDK lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- SDK: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Differences from the contract: none applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Operation | Aspect | Contract | This SDK | What it means | Source |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Run | Operation | Raises / returns | HTTP | Attempts | What it means |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sub %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s claim, not confirmed by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed (%1); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid: valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the token%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the token%1: %2 (%3, HTTP %4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to load: %1 (HTTP %2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe it (Token probe) for the class the SDK raises and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Identity: none loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Environment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Provider | SDK class | Code | HTTP | Retry-After | What happened | Fix |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This report covers every identity inspected in this window: %n request(s) in the log, other identities&apos; included at the operator&apos;s choice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers one case: the identity above and the %n request(s) made for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made for other identities (or as the app) are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON export holds the raw data (headers and bodies, redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was made for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Time (UTC) | Request | HTTP | Outcome | Attempt | Duration |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ErrorDecoderPanel</name>
    <message>
        <source>Paste an error code, an HTTP status or a log line, e.g. connection_needs_reauth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises current and legacy codes, SDK class names, HTTP statuses and transport failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vendo error code, SDK class, HTTP status or transport failure was found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code, HTTP status or log line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::EventsModel</name>
    <message>
        <source>%1 (UTC)
Event id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older server&apos;s name for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind this version does not know: shown as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1
User: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant / user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::EventsPanel</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user: the events that name the identity&apos;s user id or one of the connections listed for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the timeline still; new events wait and join it on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream needs the profile&apos;s API key (no identity is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to follow the app&apos;s events as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the event stream (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the app&apos;s events live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the app&apos;s events live; last event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (attempt %1); missed events are replayed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stream limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>429 rate_limit_sse_streams: the app already has 5 event streams open (other windows, CLIs or the customer&apos;s own services). Retrying in %n s (attempt %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is closed. Connect to follow the app&apos;s events again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Watching until connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the event stream (it counts against the app&apos;s five)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app&apos;s event stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::IdentityPanel</name>
    <message>
        <source>sub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to inspect: the input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>text with %n token(s)</source>
        <translation>
            <numerusform>text with %n token</numerusform>
            <numerusform>text with %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Token %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several found — inspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds several requests or tokens: choose the one to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found in the input (secrets redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste from the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a token, header, curl or HAR file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the current input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forRequest finds X-Vendo-User-JWT and scopes the client to this user, as the SDKs would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting this token as forUser(token) would use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forRequest raises IdentityNotPresent: this request has no X-Vendo-User-JWT header (or only an empty one). The SDKs look it up case-insensitively and scope to a user only through it; without it every call runs as the app, not the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does carry an Authorization header: if that holds the user&apos;s token, the customer&apos;s backend forgot to forward it as X-Vendo-User-JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: send the end user&apos;s token as X-Vendo-User-JWT on every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id (sub): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 in the text: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens found in the text: %1 — pick one above to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted or opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several found (the first %1 tokens of %2) — inspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity token in this text: nothing was sent to the service. Paste the end user&apos;s token, the request&apos;s headers, a curl command or a HAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is shaped like an identity token but is malformed: it is decoded to show what is wrong, and nothing is sent to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (not X-Vendo-User-JWT) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), of which %1 carry X-Vendo-User-JWT.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) send a JWT only as &quot;Authorization: Bearer&quot;, which forRequest does not read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Several found (the first %1 of %2 requests with an identity; the picker lists no more) — inspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several found (the first %1 of %2 requests; none carries an identity) — inspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The requests that carry an identity (the most recent valid one is chosen first); %n other request(s) carry none and are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This input is %1: a token is at most %2, and a pasted log is audited up to %3. Save a larger log to a file and open it (Ctrl+O): files of any size are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a log (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a log with identity tokens in it: every token is listed and judged in the Audit panel. Choose a row there to inspect that identity here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer &quot; prefix: the token travels without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;signature redacted&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::InspectorSession</name>
    <message>
        <source>The profile names no key set (JWKS URL): the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set at %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::MainWindow</name>
    <message>
        <source>Vendo Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last request to the service: status and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request: HTTP %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request: %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for %1: the service cannot be asked anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1 Nothing was stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an identity token and the profile&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: too large for a token, header block or HAR file (the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1. Secrets are redacted; it is ready to attach to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the token, header block, curl command or HAR in the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file holding a token, a header block, a curl command or a HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the current input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a redacted diagnostic report (Markdown or JSON) for the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store, replace or remove the profile&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami as the user: the service&apos;s own verdict on the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the user&apos;s connections again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe &amp;all providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every listed provider&apos;s token for the user, in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the connections table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode an error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain an error code, HTTP status or log line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vendo Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the application and its libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a token, header block, curl command or HAR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.har *.txt *.jwt *.json *.sh *.curl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a redacted diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was rejected: the Identity panel says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen request carries no identity: the Identity panel explains what forRequest makes of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a session-only key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is kept for this session only and is gone when the window closes: the keychain is unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected token in clear for 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected token (cleared after 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the requests still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe &amp;selected providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the tokens of the providers selected in the Token probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom profile, e.g. for a standalone vendo-sandbox or a staging deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the current custom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate as custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new custom profile starting from the current one&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current custom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key stored for it stays in the keychain; remove it first with &quot;API key…&quot; if it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDK lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the token is malformed, and it is not sent to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds no identity token, so nothing was sent to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary copied: who, tenant, token state and failing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy case &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy who, tenant, token state and failing connections as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include other identities (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report covers the current identity and what was done for it. Check this to add the requests made for other identities in this window (other customers&apos; names and emails among them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be watched: the live events need the profile&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1: you are told when it becomes connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProbeModel</name>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1 (the SDK raises %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked. Reveal or copy it with the buttons above the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed for a few seconds:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in the profile switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s key in the settings and the keychain; the CLI&apos;s --profile takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API origin; https, or http for a loopback host such as a local vendo-sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JWKS URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity issuer&apos;s key set, to check token signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;iss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer identity tokens should name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;aud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience identity tokens should name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name or an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in profile; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id takes letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (at most 64), starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile &quot;%1&quot; exists already; choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ProfileSwitcher</name>
    <message>
        <source>The environment (profile) every request goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store, replace or remove this profile&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: requests reach real customers&apos; connections and spend real balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox on this computer: seeded users, no real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 · stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 · session only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key stored for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 · stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 · session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, edit, duplicate or remove profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::RequestLogModel</name>
    <message>
        <source>Attempt %1 of %2 · identity transport: %3 · started %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms · outcome: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(will be retried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::RequestLogPanel</name>
    <message>
        <source>Select a request to see its redacted headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recorded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::SandboxMode</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid token (Alice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid one-hour token for a user with one connection of every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon (Bob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for four more minutes; Bob&apos;s Google connection needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its exp passed five minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued in the future (iat and nbf ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by a key that is not in the sandbox&apos;s key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User without connections (Dave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid token for a user who has connected nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampered body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale timestamp (15 minutes old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with another secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing newline added on the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ScreenshotDriver</name>
    <message>
        <source>The window did not reach the state &quot;%1&quot; in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;; known states: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::SdkChooser</name>
    <message>
        <source>The SDK the customer&apos;s code runs: the SDK lens shows and reproduces what it sends and raises, beside the documented contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SDK:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::SdkLensPanel</name>
    <message>
        <source>Probe as contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises / returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider whose token() is shown and reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request exactly as the chosen SDK sends it; its rows are labelled as a reproduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as the documented contract says, to compare side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer&apos;s SDK does: choose the customer&apos;s SDK beside the profile. The documented contract is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer&apos;s SDK does: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an identity token (with the profile&apos;s API key set) to see what is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference from the contract is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract keeps no token cache in the client: every token() asks the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s token cache is not documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves a token from its in-process cache while its expiry is more than %2 s away; reproduce a token to see until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: not reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from documentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would serve %2 from its cache until %3, without asking the service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would not serve %2 from its cache: it expires within the minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::SummaryCard</name>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, tenant, token state and failing connections of the current case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts who, tenant, token state and failing connections on the clipboard as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::TimeText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::TokenProbePanel</name>
    <message>
        <source>Probe selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider slug…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe a provider that is not in the user&apos;s connections (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the tokens of the selected providers (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the tokens of every provider in the list, in parallel (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the requests still running (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the selected token in clear for %n second(s) (Ctrl+R)</source>
        <translation>
            <numerusform>Show the selected token in clear for %n second (Ctrl+R)</numerusform>
            <numerusform>Show the selected token in clear for %n seconds (Ctrl+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the selected token; the clipboard is cleared after %n second(s) (Ctrl+Shift+C)</source>
        <translation>
            <numerusform>Copy the selected token; the clipboard is cleared after %n second (Ctrl+Shift+C)</numerusform>
            <numerusform>Copy the selected token; the clipboard is cleared after %n seconds (Ctrl+Shift+C)</numerusform>
        </translation>
    </message>
    <message>
        <source>The copied token was cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token copied. The clipboard is cleared in %1 if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: token fetched in %2 ms after %n attempt(s), HTTP %3.</source>
        <translation>
            <numerusform>%1: token fetched in %2 ms after %n attempt, HTTP %3.</numerusform>
            <numerusform>%1: token fetched in %2 ms after %n attempts, HTTP %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (the SDK raises %3, code %4). %5
What to do: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (revealed): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::ui::WebhookPanel</name>
    <message>
        <source>%1 is %2: too large for a webhook delivery (the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers and body apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the profile&apos;s webhook secret from the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries signed by the sandbox now: one the SDK accepts and the usual failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed clock drift in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far Vendo-Timestamp may be from now (the SDK&apos;s default: 300 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the header lines above and the raw body below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the delivery as the SDK&apos;s webhooks.verify does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or drop a delivery: its headers, a blank line and the body; a curl command with --data; or a HAR entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw body, exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the body carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lines: Vendo-Signature: …, Vendo-Timestamp: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret store: deliveries are checked without a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the webhook secret of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret of %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1: too large for a webhook delivery (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a captured delivery, drop a file, or pick a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK&apos;s webhooks.verify accepts this delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValidationError: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK&apos;s webhooks.verify raises ValidationError</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the event as the body claims it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1
type: %2
occurred_at: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, replace or remove the profile&apos;s webhook secret (kept like the API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is stored for %1. Set it with &quot;Set secret…&quot; or vendo-inspector-cli key set --webhook --profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::Delivery</name>
    <message>
        <source>The body is %1 bytes; at most %2 bytes are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;Name: value&quot; header line before the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has an unterminated quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is read from the file %1; paste the body itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command has no -H header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No curl command found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON for a HAR: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR holds no request with postData.text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture is %1 bytes; at most %2 bytes are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers are %1 bytes; at most %2 bytes are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::WebhookDiagnosis</name>
    <message>
        <source>Likely cause: a trailing newline was added to the body after it was signed; the signature matches the body without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the body lost its trailing newline; the signature matches the body with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the body&apos;s line ends were changed to CRLF; the signature matches them as LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the body&apos;s line ends were changed to LF; the signature matches them as CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the JSON body was parsed and re-serialised before verifying; the signature matches its compact form. Verify the raw bytes as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the JSON body was parsed and re-serialised before verifying; the signature matches its indented form. Verify the raw bytes as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the webhook secret carries whitespace (a newline from a file?); the signature matches the trimmed secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the webhook secret was used base64-decoded; the signature matches the decoded bytes as the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (ValidationError): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing header(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock drift: %1 s (allowed: ±%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usual cause matches: check that the secret is this endpoint&apos;s webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vendo::webhooks::WebhookVerifier</name>
    <message>
        <source>The signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook secret is set (VENDO_WEBHOOK_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vendo-Signature header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vendo-Timestamp header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-Timestamp is neither Unix seconds nor an RFC 3339 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-Timestamp is %1 s in the future, beyond the allowed drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-Timestamp is %1 s old, beyond the allowed drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-Signature is not hexadecimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendo-Signature does not match the body and timestamp signed with this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches, but the body is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
