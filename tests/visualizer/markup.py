# Text that would end the page's <script> elements, or look like its
# template's markers, if pyvm put it into the page unescaped.
text = "</script><!-- {{trace}} {{script}} -->"
print(text)
