#!/usr/bin/python3
"""QGIS reference for the atlas benchmarks (adapted from ../shared/tools/qgis-render.py).

Needs Debian's python (/usr/bin/python3) with the apt packages `qgis python3-qgis`. Prints one
`BENCH {json}` line per series, all samples in milliseconds (sizes in MB), like the Java benchmarks.

  qgis_bench.py render LAYER.shp W H RUNS [OUT.png]   QgsMapRendererSequentialJob, default symbology, layer extent
  qgis_bench.py page   L1.shp,L2.shp W H RUNS OUT.png  render the layers and save the PNG (what an export does)
  qgis_bench.py pdf    L1.shp,L2.shp RUNS OUT.pdf       A4 print layout with one map item, exported as vector PDF
  qgis_bench.py csv    TABLE.csv RUNS                      a CSV loaded as a delimited-text layer, every feature read
"""
import json, os, sys, time
os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')
from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsMapRendererSequentialJob, QgsProject,
                       QgsPrintLayout, QgsLayoutItemMap, QgsLayoutSize, QgsLayoutPoint, QgsUnitTypes,
                       QgsLayoutExporter, QgsRectangle)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def emit(ident, unit, samples, notes):
    print('BENCH ' + json.dumps({'id': ident, 'unit': unit, 'samples': samples, 'notes': notes}), flush=True)


def load(paths):
    layers = []
    for p in paths.split(','):
        layer = QgsVectorLayer(p, os.path.basename(p), 'ogr')
        if not layer.isValid():
            sys.exit('not a readable layer: ' + p)
        layers.append(layer)
    return layers


def settings_for(layers, w, h):
    s = QgsMapSettings()
    s.setLayers(layers)
    s.setDestinationCrs(layers[0].crs())
    extent = QgsRectangle(layers[0].extent())
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    s.setExtent(extent)
    s.setOutputSize(QSize(w, h))
    s.setBackgroundColor(QColor('white'))
    return s


def render(layers, w, h):
    job = QgsMapRendererSequentialJob(settings_for(layers, w, h))
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def main():
    mode = sys.argv[1]
    app = QgsApplication([], False)
    app.initQgis()
    if mode == 'render':
        layers = load(sys.argv[2])
        w, h, runs = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            image = render(layers, w, h)
            times.append((time.perf_counter() - t) * 1000)
        if len(sys.argv) > 6:
            image.save(sys.argv[6])
        name = os.path.splitext(os.path.basename(sys.argv[2]))[0]
        emit('qgis.render.%s.%dx%d' % (name, w, h), 'ms', times, {'features': layers[0].featureCount()})
    elif mode == 'page':
        layers = load(sys.argv[2])
        w, h, runs, out = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            render(layers, w, h).save(out)
            times.append((time.perf_counter() - t) * 1000)
        emit('qgis.page.png.%dx%d' % (w, h), 'ms', times, {'layers': len(layers)})
    elif mode == 'pdf':
        layers = load(sys.argv[2])
        runs, out = int(sys.argv[3]), sys.argv[4]
        project = QgsProject.instance()
        for layer in layers:
            project.addMapLayer(layer)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            layout = QgsPrintLayout(project)
            layout.initializeDefaults()  # one A4 page
            item = QgsLayoutItemMap(layout)
            item.attemptMove(QgsLayoutPoint(12, 12, QgsUnitTypes.LayoutMillimeters))
            item.attemptResize(QgsLayoutSize(186, 273, QgsUnitTypes.LayoutMillimeters))
            item.setLayers(layers)
            item.setExtent(settings_for(layers, 1000, 1000).extent())
            layout.addLayoutItem(item)
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.forceVectorOutput = True
            result = QgsLayoutExporter(layout).exportToPdf(out, settings)
            times.append((time.perf_counter() - t) * 1000)
            if result != QgsLayoutExporter.Success:
                sys.exit('QGIS PDF export failed: %s' % result)
        emit('qgis.pdf.time', 'ms', times, {'layers': len(layers)})
        emit('qgis.pdf.size', 'MB', [os.path.getsize(out) / 1048576.0], {'layers': len(layers)})
    elif mode == 'csv':
        path, runs = sys.argv[2], int(sys.argv[3])
        uri = 'file://%s?type=csv&delimiter=,&detectTypes=yes&geomType=none&encoding=UTF-8' % path
        times = []
        count = 0
        for _ in range(runs):
            t = time.perf_counter()
            layer = QgsVectorLayer(uri, 'table', 'delimitedtext')
            if not layer.isValid():
                sys.exit('QGIS cannot read the table ' + path)
            count = sum(1 for _ in layer.getFeatures())
            times.append((time.perf_counter() - t) * 1000)
        emit('qgis.csv.load', 'ms', times, {'features': count})
    sys.stdout.flush()
    os._exit(0)  # QGIS's own teardown can crash when a DISPLAY is set; the figures are out already


if __name__ == '__main__':
    main()
