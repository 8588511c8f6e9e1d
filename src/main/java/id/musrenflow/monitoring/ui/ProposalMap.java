package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.MapPoint;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalStage;
import java.util.List;

/**
 * The usulan as points on a Leaflet map, coloured by stage and clustered where dense (Leaflet.markercluster; a
 * cluster is a ring of its stages' colours with its count). Leaflet and the plugin load at run time from their WebJars
 * (no frontend build). Without a tile URL the map is a plain background with the city's box and a scale, so the points
 * still show offline. Each point is a link to its usulan (mouse, touch or keyboard).
 */
class ProposalMap extends Div {

    static final String LEAFLET = "webjars/leaflet/1.9.4/dist/";
    static final String MARKERCLUSTER = "webjars/leaflet-markercluster/1.4.1/";

    private final transient MapSettings settings;
    private final transient ProposalLimits.MapBox box;
    private List<MapPoint> points = List.of();

    ProposalMap(MapSettings settings, ProposalLimits.MapBox box) {
        this.settings = settings;
        this.box = box;
        setId("peta-usulan");
        addClassName("mf-peta");
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", getTranslation("peta.aria"));
    }

    /** Replaces the points on the map (the caller bounds how many). */
    void show(List<MapPoint> shown) {
        this.points = List.copyOf(shown);
        getElement().executeJs("this._mfPoints = $0; if (this._mfShow) { this._mfShow($0); }", json(points));
    }

    /** The points last sent to the browser. */
    List<MapPoint> points() {
        return points;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addStyleSheet("context://" + LEAFLET + "leaflet.css");
        attach.getUI().getPage().addStyleSheet("context://" + MARKERCLUSTER + "MarkerCluster.css");
        JsonObject config = Json.createObject();
        config.put("leaflet", LEAFLET);
        config.put("cluster", MARKERCLUSTER);
        config.put("route", RegisterParameters.REGISTER_ROUTE + "/");
        config.put("tiles", settings.tileUrl());
        config.put("attribution", settings.tileAttribution());
        JsonArray bounds = Json.createArray();
        bounds.set(0, corner(box.south().doubleValue(), box.west().doubleValue()));
        bounds.set(1, corner(box.north().doubleValue(), box.east().doubleValue()));
        config.put("box", bounds);
        JsonObject colours = Json.createObject();
        JsonObject labels = Json.createObject();
        JsonArray order = Json.createArray();
        for (ProposalStage stage : ProposalStage.values()) {
            colours.put(stage.name(), StageColours.of(stage));
            labels.put(stage.name(), getTranslation("tahap." + stage.name()));
            order.set(order.length(), stage.name());
        }
        config.put("colours", colours);
        config.put("labels", labels);
        config.put("order", order);
        getElement().executeJs(ProposalMapScript.INIT, getElement(), config, json(points));
    }

    private static JsonArray corner(double lat, double lng) {
        JsonArray corner = Json.createArray();
        corner.set(0, lat);
        corner.set(1, lng);
        return corner;
    }

    private static JsonArray json(List<MapPoint> points) {
        JsonArray array = Json.createArray();
        for (MapPoint p : points) {
            JsonObject o = Json.createObject();
            o.put("n", p.number());
            o.put("t", p.title());
            o.put("s", p.stage().name());
            o.put("y", p.latitude());
            o.put("x", p.longitude());
            array.set(array.length(), o);
        }
        return array;
    }
}
