/**
 * Photo collection (照片采集): zip archives of students' photos matched, checked and stored by
 * {@link org.xueji.registry.photo.Photos}.
 *
 * <h2>File names</h2>
 * An archive's entries are read with their folders stripped, full-width characters folded to
 * ASCII and surrounding white space removed; the extension {@code .jpg} or {@code .jpeg} may be in
 * any case. What remains names the student:
 * <table>
 *   <caption>Photo file names</caption>
 *   <tr><th>pattern</th><th>example</th><th>matches</th></tr>
 *   <tr><td>identity number, 18 characters or 15 legacy digits</td>
 *       <td>{@code 11010519491231002X.jpg}</td>
 *       <td>the student whose key is that identity number</td></tr>
 *   <tr><td>{@code 学校标识码_班号_姓名}: school identifier (10 digits), class as {@code GGNN}
 *       (grade in the current school year, class number within the grade, two digits each),
 *       name</td>
 *       <td>{@code 2134000001_0102_张三.jpg}</td>
 *       <td>the only student of that name in grade 1, class 2 of the school</td></tr>
 * </table>
 *
 * <h2>Checks</h2>
 * The JPEG frame header is read by {@link org.xueji.registry.photo.JpegHeader} for the pixel
 * dimensions; bytes and pixels are checked against the
 * {@link org.xueji.registry.policy.PhotoPolicy} (national: at most 61,440 bytes, at least
 * 154 x 189 pixels, which is 26 x 32 mm at 150 dpi). Archives are read within
 * {@link org.xueji.registry.photo.ZipLimits}, names as UTF-8 and, failing that, as GBK.
 */
package org.xueji.registry.photo;
