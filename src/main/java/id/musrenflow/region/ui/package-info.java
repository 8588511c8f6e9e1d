/** Region components that other modules' screens reuse, such as the territory picker. */
@org.springframework.modulith.NamedInterface("ui")
package id.musrenflow.region.ui;
