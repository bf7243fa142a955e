// chai 6 ships no types and @types/chai is not a dependency: the part of `expect` the
// shared tests use (chai works unchanged in Node and in the browser). Replace with
// @types/chai if it is ever added.
declare module 'chai' {
  type Constructor = abstract new (...args: never[]) => unknown;

  interface Assertion {
    readonly to: Assertion;
    readonly be: Assertion;
    readonly have: Assertion;
    readonly and: Assertion;
    readonly not: Assertion;
    readonly deep: Assertion;
    readonly true: Assertion;
    readonly false: Assertion;
    readonly null: Assertion;
    readonly undefined: Assertion;
    equal(value: unknown, message?: string): Assertion;
    match(pattern: RegExp, message?: string): Assertion;
    include(value: unknown, message?: string): Assertion;
    instanceOf(type: Constructor, message?: string): Assertion;
    lengthOf(length: number, message?: string): Assertion;
    greaterThan(value: number, message?: string): Assertion;
    property(name: string, value?: unknown): Assertion;
    members(values: readonly unknown[], message?: string): Assertion;
    throw(type?: Constructor, pattern?: RegExp | string): Assertion;
  }

  export function expect(value: unknown, message?: string): Assertion;
}
