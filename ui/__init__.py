"""The Qt desktop application. Thin: it talks to ropa/ through ropa.service and never runs SQL."""
