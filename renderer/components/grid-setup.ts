import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowStyleModule,
  ScrollApiModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
} from 'ag-grid-community';
import { APP_FONT } from './app-font';

// Community modules only (see stack-notes: no Enterprise). ValidationModule turns AG Grid's numbered errors into
// readable ones; it is large, so production builds leave it out. The API modules are those the grid's own range
// selection, clipboard and editing call (a missing one fails silently in production: error #200 in the console).
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  InfiniteRowModelModule,
  PinnedRowModule,
  LocaleModule,
  CellStyleModule,
  RowStyleModule,
  RowAutoHeightModule,
  TooltipModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  CellApiModule,
  ColumnApiModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** Quartz in the app's font and primary colour, so grids read as part of the antd pages around them. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: APP_FONT,
  headerFontFamily: APP_FONT,
  cellFontFamily: APP_FONT,
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  accentColor: '#1f5fa8',
  headerBackgroundColor: '#f3f5f8',
  wrapperBorderRadius: 6,
  spacing: 6,
  // Narrower cell padding lets the registers' ten columns fit a 1440 px window without scrolling sideways.
  cellHorizontalPaddingScale: 0.7,
});
