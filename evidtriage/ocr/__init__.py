"""Text from images: the tesseract engine in process (``tesseract``) and the bubble-aware
preparation of chat screenshots (``regions``)."""
