"""Data files shipped with the app (fonts, translations, icons, styles); not code."""
