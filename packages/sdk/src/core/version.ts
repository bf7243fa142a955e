/**
 * This SDK's version, sent as `Menteo-SDK: ts/<version>` with every request so the API's logs
 * and support can tell which client asked. A test holds it equal to package.json's.
 *
 * @example
 * ```ts
 * console.log(`@menteo/sdk ${sdkVersion}`);
 * ```
 */
export const sdkVersion = '0.1.0';
