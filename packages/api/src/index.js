// @menteo/api is types and a JSON document; this module exists so the package has a runtime entry.
export {};
