// Vue's browser build (runtime + template compiler, ES module): the tests compile templates in
// the page, as a Vue app without a build step does. Its types are Vue's own.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
