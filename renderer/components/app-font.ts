/** The font stack of styles.css, for widgets that style their own text (grid theme, chart labels). */
export const APP_FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
