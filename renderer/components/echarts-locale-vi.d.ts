// ECharts ships its Vietnamese words as a UMD file without types; its shape is ECharts' LocaleOption.
declare module 'echarts/i18n/langVI-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
